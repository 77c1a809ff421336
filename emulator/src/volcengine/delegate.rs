//! `answer_now!`: a method of the service trait that answers at once from a group's handler
//! (`answer_now! { Members, batch_add_manager, BatchAddManager }` calls
//! `Members(self).batch_add_manager(request)`; a trailing `context` passes `&context` first) or
//! from a method of the emulator itself (`answer_now! { Emulator, add_friend, AddFriend =>
//! add_friend_now(context) }` calls `self.add_friend_now(&context, request)`), so each
//! operation costs the trait's impl one line.

macro_rules! answer_now {
    ($group:ident, $method:ident, $op:ident) => {
        fn $method(
            &self,
            _context: RequestContext,
            request: <vc::$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<vc::$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready($group(self).$method(request))
        }
    };
    ($group:ident, $method:ident, $op:ident, context) => {
        fn $method(
            &self,
            context: RequestContext,
            request: <vc::$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<vc::$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready($group(self).$method(&context, request))
        }
    };
    (Emulator, $method:ident, $op:ident => $now:ident) => {
        fn $method(
            &self,
            _context: RequestContext,
            request: <vc::$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<vc::$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready(self.$now(request))
        }
    };
    (Emulator, $method:ident, $op:ident => $now:ident(context)) => {
        fn $method(
            &self,
            context: RequestContext,
            request: <vc::$op as imapi_runtime::OperationShape>::Input,
        ) -> impl Future<Output = Result<<vc::$op as imapi_runtime::OperationShape>::Output, Fault>>
               + Send {
            std::future::ready(self.$now(&context, request))
        }
    };
}
