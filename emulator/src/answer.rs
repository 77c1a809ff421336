//! `answer_now!`: a method of a vendor's service trait that answers at once from a group's
//! handler (`answer_now! { Members, batch_add_manager, vc::BatchAddManager }` calls
//! `Members(self).batch_add_manager(request)`; a trailing `context` passes `&context` first) or
//! from a method of the emulator itself (`answer_now! { Emulator, add_friend, vc::AddFriend =>
//! add_friend_now(context) }` calls `self.add_friend_now(&context, request)`), so each
//! operation costs the trait's impl one line. The operation is named by its path, so the
//! macro serves every vendor's generated module.

macro_rules! answer_now {
    ($group:ident, $method:ident, $op:path) => {
        fn $method(
            &self,
            _context: RequestContext,
            request: <$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready($group(self).$method(request))
        }
    };
    ($group:ident, $method:ident, $op:path, context) => {
        fn $method(
            &self,
            context: RequestContext,
            request: <$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready($group(self).$method(&context, request))
        }
    };
    (Emulator, $method:ident, $op:path => $now:ident) => {
        fn $method(
            &self,
            _context: RequestContext,
            request: <$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready(self.$now(request))
        }
    };
    (Emulator, $method:ident, $op:path => $now:ident(context)) => {
        fn $method(
            &self,
            context: RequestContext,
            request: <$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready(self.$now(&context, request))
        }
    };
}
